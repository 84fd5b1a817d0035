module astdump

go 1.19
