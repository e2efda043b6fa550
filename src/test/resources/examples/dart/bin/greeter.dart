void main() { print("hello from Dart"); }
