//! One data file (`Readiness`) replaced by fuzzer input, the other three bundled
//! ([`medtech_guide_fuzz::one_file`]).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| medtech_guide_fuzz::one_file(3, data));
