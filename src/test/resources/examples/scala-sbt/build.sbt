enablePlugins(JavaAppPackaging)
scalaVersion := "3.5.2"
executableScriptName := "main"
