(display "hello from Scheme")
