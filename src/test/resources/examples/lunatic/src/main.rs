fn main() { println!("hello from Lunatic"); }
