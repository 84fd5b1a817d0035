package p

import "io"

type Reader interface {
	Read(p []byte) (n int, err error)
}

type ReadCloser interface {
	Reader
	io.Closer
	Close() error
}

type Empty interface{}

type Number interface {
	~int | ~int64 | float64
}

type Stringish interface {
	~string
	String() string
}

type Comparable interface {
	comparable
}

var _ interface{ M(int) } = nil
