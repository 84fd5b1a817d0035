module example.com/badmod

go 1.19

requier example.com/x v1.0.0
