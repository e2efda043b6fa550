main = putStrLn "hello from Haskell"
