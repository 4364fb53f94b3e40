//! The controls and readouts every panel is built from.
pub mod controls;
pub mod formula;
pub mod readout;
