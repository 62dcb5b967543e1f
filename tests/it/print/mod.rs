mod documents;
mod print_cli;
mod print_layout;
mod print_links;
mod print_measure;
