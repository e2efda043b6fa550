package example.core; public class Core {}
