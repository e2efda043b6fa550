import System.Info (compilerName, compilerVersion)
import Data.Version (showVersion)

main :: IO ()
main = putStrLn ("Hello from haskell-stack-ghc, built by " ++ compilerName ++ " " ++ showVersion compilerVersion)
