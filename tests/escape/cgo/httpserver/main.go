// A server on net/http: with cgo enabled the net package's resolver is
// cgo's (net's cgo files), so main, http.ListenAndServe and the
// handlers reach code gc compiles from cgo's output.
package main

import (
	"fmt"
	"log"
	"net"
	"net/http"
	"os/user"
)

type counter struct{ n int }

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.n++
	fmt.Fprintf(w, "%d %s\n", c.n, r.URL.Path)
}

func hello(w http.ResponseWriter, r *http.Request) {
	u, err := user.Current()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	addrs, _ := net.LookupHost("localhost")
	fmt.Fprintln(w, "hello", u.Username, addrs)
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/count", &counter{})
	mux.HandleFunc("/", hello)
	log.Fatal(http.ListenAndServe("localhost:8080", mux))
}
