fn main() { println!("rust"); }
