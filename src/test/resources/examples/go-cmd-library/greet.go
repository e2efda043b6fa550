package greet

// Hello is the library the server uses.
func Hello() string { return "hello" }
