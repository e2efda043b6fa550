package example.web; public class Main { public static void main(String[] a) {} }
