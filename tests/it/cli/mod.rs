mod cli_export;
mod commands;
mod corpus;
mod data_copy;
mod export_plan;
mod human_errors;
mod where_pay_falls;
