@main def hello(): Unit = println("hello from Scala")
