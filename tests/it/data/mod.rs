mod bundled;
mod hedges;
mod hostile;
mod live_reload;
mod originality;
mod readiness;
