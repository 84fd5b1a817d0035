module example.com/wa

go 1.19
