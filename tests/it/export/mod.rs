mod export_charts;
mod export_documents;
mod full_disk;
mod one_voice;
