import gleam/io
pub fn main() { io.println("hello from Gleam") }
