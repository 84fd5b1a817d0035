# goescape — build, test and benchmark.  Plain make, no configure step.
#
#   make             bin/goescape
#   make demo        install deps, build, run goescape on examples/
#   make test        install deps, build everything the tests need, run tests/run.sh
#   make golden      regenerate tests/parse/*.dump from the oracle (never hand-edit them)
#   make bench       parse all of GOROOT/src with goescape and go/parser, compare MB/s;
#                    type-check std with goescape and go/types, compare time and peak memory;
#                    -m -l and -m over std against go build -a, compare time and output
#   make check-asan  the test suite against ASan+UBSan builds
#   make check-tsan  goescape -m -j2 (std -m, -m -l, a -m=2 sample) and check std under ThreadSanitizer
#   make fuzz        libFuzzer on FUZZ_TARGET (parse, lex, check, escape) for $(FUZZTIME) seconds (clang)
#   make clean

CC      = cc
CFLAGS  = -std=c11 -O2 -g -Wall -Wextra -Werror
CPPFLAGS = -Isrc
LDLIBS  = -lgmp -lmpfr -lpthread -lm

SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CC   = clang
FUZZTIME  = 60

# What `make demo` shows: goescape -m -l run in the example's directory,
# as `go build -gcflags='-m -l'` would be.
DEMO_CMD   = -m
DEMO_FLAGS = -l
DEMO_FILE  = examples/userinfo/main.go

SRCS = $(wildcard src/*.c)
OBJS = $(SRCS:src/%.c=build/obj/%.o)
ASAN_OBJS = $(SRCS:src/%.c=build/obj-asan/%.o)
TSAN_OBJS = $(SRCS:src/%.c=build/obj-tsan/%.o)
TSAN_FLAGS = -fsanitize=thread -fno-omit-frame-pointer
# The lexer test links only the modules the lexer needs.
LEX_OBJS = build/obj/lex.o build/obj/unicode.o build/obj/util.o
LEX_ASAN_OBJS = build/obj-asan/lex.o build/obj-asan/unicode.o build/obj-asan/util.o
ASTDUMP_SRCS = $(wildcard tests/tools/astdump/*) tests/tools/build-astdump.sh tests/tools/goenv.sh
# The Go helpers that build straight from their directory.
GOTOOL_BUILD = tests/tools/build-gotool.sh tests/tools/goenv.sh
# The types test links the type representation and what it needs.
TYPES_OBJS = build/obj/types.o build/obj/util.o build/obj/lex.o build/obj/unicode.o
TYPES_ASAN_OBJS = build/obj-asan/types.o build/obj-asan/util.o build/obj-asan/lex.o build/obj-asan/unicode.o
TYPESORACLE_SRCS = $(wildcard tests/tools/typesoracle/*) $(GOTOOL_BUILD)
CHECKORACLE_SRCS = $(wildcard tests/tools/checkoracle/*) $(GOTOOL_BUILD)
# The constant test links the constant arithmetic and what it needs.
CONST_OBJS = build/obj/constant.o build/obj/util.o build/obj/lex.o build/obj/unicode.o
CONST_ASAN_OBJS = build/obj-asan/constant.o build/obj-asan/util.o build/obj-asan/lex.o build/obj-asan/unicode.o
CONSTORACLE_SRCS = $(wildcard tests/tools/constoracle/*) $(GOTOOL_BUILD)
# The escape engine test links the engine, the IR, the output channel and
# what they need.
ESCAPE_OBJS = build/obj/escape.o build/obj/escape_walk.o build/obj/inline.o build/obj/ir.o build/obj/report.o build/obj/types.o \
	build/obj/constant.o build/obj/util.o build/obj/lex.o build/obj/unicode.o
ESCAPE_ASAN_OBJS = $(ESCAPE_OBJS:build/obj/%=build/obj-asan/%)
# The errorcheck runner (GOROOT/test/run.go's checking, for any compiler).
ERRORCHECK_SRCS = $(wildcard tests/tools/errorcheck/*.go tests/tools/errorcheck/go.mod) $(GOTOOL_BUILD)
# The package-by-package comparer of -m outputs (tests/suites/escape-std.sh).
ESCDIFF_SRCS = $(wildcard tests/tools/escdiff/*.go tests/tools/escdiff/go.mod) $(GOTOOL_BUILD)

MAKEFLAGS += --no-print-directory

.PHONY: all deps demo test test-bins golden bench check-asan check-tsan fuzz clean
.DELETE_ON_ERROR:

all: bin/goescape

bin/goescape: $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

build/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

build/lex_test: tests/lex/lex_test.c $(LEX_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -MF build/obj/lex_test.d -o $@ $< $(LEX_OBJS) $(LDLIBS)

build/tools/astdump: $(ASTDUMP_SRCS)
	bash tests/tools/build-astdump.sh

build/types_test: tests/types/types_test.c $(TYPES_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -MF build/obj/types_test.d -o $@ $< $(TYPES_OBJS) $(LDLIBS)

build/tools/typesoracle: $(TYPESORACLE_SRCS)
	bash tests/tools/build-gotool.sh typesoracle

build/tools/checkoracle: $(CHECKORACLE_SRCS)
	bash tests/tools/build-gotool.sh checkoracle

build/constant_test: tests/constant/constant_test.c $(CONST_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -MF build/obj/constant_test.d -o $@ $< $(CONST_OBJS) $(LDLIBS)

build/escape_test: tests/escape/escape_test.c $(ESCAPE_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -MF build/obj/escape_test.d -o $@ $< $(ESCAPE_OBJS) $(LDLIBS)

build/tools/constoracle: $(CONSTORACLE_SRCS)
	bash tests/tools/build-gotool.sh constoracle

build/tools/golist: $(wildcard tests/tools/golist/*) $(GOTOOL_BUILD)
	bash tests/tools/build-gotool.sh golist

build/tools/errorcheck: $(ERRORCHECK_SRCS)
	bash tests/tools/build-gotool.sh errorcheck

build/tools/escdiff: $(ESCDIFF_SRCS)
	bash tests/tools/build-gotool.sh escdiff

# ---- sanitizer builds -------------------------------------------------

bin/goescape-asan: $(ASAN_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(SAN_FLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

build/obj-asan/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(SAN_FLAGS) -MMD -MP -c -o $@ $<

build/lex_test-asan: tests/lex/lex_test.c $(LEX_ASAN_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(SAN_FLAGS) -MMD -MP -MF build/obj-asan/lex_test.d -o $@ $< $(LEX_ASAN_OBJS) $(LDLIBS)

build/types_test-asan: tests/types/types_test.c $(TYPES_ASAN_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(SAN_FLAGS) -MMD -MP -MF build/obj-asan/types_test.d -o $@ $< $(TYPES_ASAN_OBJS) $(LDLIBS)

build/constant_test-asan: tests/constant/constant_test.c $(CONST_ASAN_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(SAN_FLAGS) -MMD -MP -MF build/obj-asan/constant_test.d -o $@ $< $(CONST_ASAN_OBJS) $(LDLIBS)

build/escape_test-asan: tests/escape/escape_test.c $(ESCAPE_ASAN_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(SAN_FLAGS) -MMD -MP -MF build/obj-asan/escape_test.d -o $@ $< $(ESCAPE_ASAN_OBJS) $(LDLIBS)

# A sanitizer error aborts (exit >= 128) so every suite sees it as a crash.
# LeakSanitizer is on: goescape frees everything it allocates before it exits.
SAN_ENV = ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1

check-asan:
	bash scripts/install-deps.sh
	@status=0; $(MAKE) -k bin/goescape-asan build/lex_test-asan build/types_test-asan build/constant_test-asan build/escape_test-asan build/tools/astdump build/tools/typesoracle build/tools/constoracle build/tools/errorcheck build/tools/checkoracle build/tools/escdiff || status=$$?; \
	if [ $$status -ne 0 ]; then echo "check-asan: some binaries failed to build; their suites will fail"; fi; \
	$(SAN_ENV) GOESCAPE=bin/goescape-asan LEXTEST=build/lex_test-asan TYPESTEST=build/types_test-asan CONSTTEST=build/constant_test-asan ESCAPETEST=build/escape_test-asan LOGDIR=build/test-logs-asan ROBUST_GOTEST_EVERY=6 ESCAPE_IRGEN_EVERY=3 ESCAPE_GOTEST_EVERY=24 \
		bash tests/run.sh && exit $$status

# ThreadSanitizer (not part of CI: a few minutes): goescape -m's threads
# (-j, main.c) on std and on samples; a report fails the run.
bin/goescape-tsan: $(TSAN_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(TSAN_FLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

build/obj-tsan/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(TSAN_FLAGS) -MMD -MP -c -o $@ $<

check-tsan:
	bash scripts/install-deps.sh
	$(MAKE) bin/goescape bin/goescape-tsan
	bash scripts/check-tsan.sh

# ---- fuzzing (clang, libFuzzer; not part of CI) ------------------------

# One binary per target: tests/fuzz/fuzz_T.c and every module but main.c.
build/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h tests/fuzz/fuzz_pkg.h $(filter-out src/main.c,$(SRCS)) $(wildcard src/*.h)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) -std=c11 -O1 -g -fsanitize=fuzzer,address,undefined \
		-o $@ $< $(filter-out src/main.c,$(SRCS)) $(LDLIBS)

# FUZZ_TARGET=parse (the lexer and the parser, default), lex (the lexer
# alone, with its invariants checked token by token), check (the type
# checker, one file as a one-file package) or escape (check, irgen, the
# inliner and escape analysis at -m=2, one file as a one-file package).
FUZZ_TARGET = parse
fuzz:
	bash scripts/install-deps.sh --with-clang
	$(MAKE) build/fuzz_$(FUZZ_TARGET)
	FUZZ_TARGET=$(FUZZ_TARGET) bash scripts/fuzz.sh $(FUZZTIME)

# ---- the user-facing targets --------------------------------------------

deps:
	bash scripts/install-deps.sh

demo:
	bash scripts/install-deps.sh
	$(MAKE) bin/goescape
	bin/goescape parse examples/*/*.go && echo "goescape parse: examples/ OK"
	@echo "--- cd $(dir $(DEMO_FILE)) && goescape $(DEMO_CMD) $(DEMO_FLAGS) ."
	@cd $(dir $(DEMO_FILE)) && $(CURDIR)/bin/goescape $(DEMO_CMD) $(DEMO_FLAGS) .
	@echo "--- what gc says about $(DEMO_FILE)"
	@sed -n '/^\/\/ Output of/,$$p' $(DEMO_FILE)

test-bins: bin/goescape build/lex_test build/types_test build/tools/astdump build/tools/typesoracle \
	build/constant_test build/tools/constoracle build/tools/golist build/tools/errorcheck \
	build/tools/checkoracle build/escape_test build/tools/escdiff

# Build what can be built (-k), then run every suite anyway so a missing
# binary shows up as the FAILs of the suites that need it.
test:
	bash scripts/install-deps.sh
	@status=0; $(MAKE) -k test-bins || status=$$?; \
	if [ $$status -ne 0 ]; then echo "make test: some binaries failed to build; their suites will fail"; fi; \
	bash tests/run.sh && exit $$status

golden: build/tools/astdump
	bash scripts/golden.sh

bench:
	bash scripts/install-deps.sh
	$(MAKE) bin/goescape build/tools/astdump build/tools/checkoracle build/tools/escdiff
	bash scripts/bench-parse.sh
	bash scripts/bench-check.sh
	bash scripts/bench-escape.sh

clean:
	rm -rf bin build

-include $(wildcard build/obj/*.d build/obj-asan/*.d build/obj-tsan/*.d)
