//! One data file (`Guide`) replaced by fuzzer input, the other two bundled
//! ([`medtech_guide_fuzz::one_file`]).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| medtech_guide_fuzz::one_file(0, data));
