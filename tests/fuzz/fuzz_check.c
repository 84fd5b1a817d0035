/*
 * fuzz_check.c — libFuzzer target for the type checker.
 *
 * Each input is one Go file, checked as a one-file package the way
 * `goescape check FILE` checks it (fuzz_pkg.h), and what it found is
 * printed (to /dev/null) as -dump-all-vars and -dump-exprs print it.
 *
 * Run with `make fuzz FUZZ_TARGET=check`.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "fuzz_pkg.h"

/* print every object and expression type, as -dump-all-vars and
 * -dump-exprs do, so type strings of whatever the input built are
 * exercised too */
static void dump_checked(CheckRun *run, Checker *c, SrcPackage *sp)
{
	(void)run;
	(void)sp;
	static FILE *sink;
	if (!sink)
		sink = fopen("/dev/null", "w");
	if (sink)
		check_dump(sink, c);
}

static void one_input(const uint8_t *data, size_t size)
{
	fuzz_one_file_package(data, size, NULL, "fuzz.go", dump_checked);
}
