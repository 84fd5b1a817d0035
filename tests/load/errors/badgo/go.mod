module example.com/badgo

go 1.19.1
