mod bundled;
mod hostile;
mod originality;
