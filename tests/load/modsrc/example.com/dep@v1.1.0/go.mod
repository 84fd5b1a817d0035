module example.com/dep

go 1.17

require example.com/transitive v0.2.0
