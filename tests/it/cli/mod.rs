mod cli_export;
mod commands;
mod corpus;
mod human_errors;
