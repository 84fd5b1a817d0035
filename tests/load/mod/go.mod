// A main module: requirements from a (fake) module cache, a directory
// replacement and a replacement by another module's version.
module example.com/app

go 1.19

require (
	example.com/Upper v0.1.0
	example.com/dep v1.1.0
	example.com/local v0.0.0
	example.com/old v1.0.0
	example.com/transitive v0.2.0 // indirect
)

replace example.com/local => ./local

replace example.com/old v1.0.0 => example.com/newdep v1.1.0
