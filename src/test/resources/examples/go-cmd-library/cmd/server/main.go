package main

import (
	"fmt"
	"net/http"
	"os"

	"example.com/greet"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, greet.Hello()) })
	http.ListenAndServe(":"+os.Getenv("PORT"), nil)
}
