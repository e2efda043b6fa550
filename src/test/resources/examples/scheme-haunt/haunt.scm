(use-modules (haunt site)) (site #:title "hello")
