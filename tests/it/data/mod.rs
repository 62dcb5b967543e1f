mod bundled;
mod hedges;
mod hostile;
mod originality;
