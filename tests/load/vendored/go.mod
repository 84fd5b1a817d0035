module example.com/vend

go 1.19

require (
	example.com/vdep v1.2.0
	example.com/vrep v0.1.0
)

replace example.com/vrep => ../vrep
