/*
 * load.h — the package loader: from command-line patterns to every package
 * they need, each with the files that build under the build context,
 * parsed, in dependency order.  Included from goescape.h (after the parse
 * section); load.c implements it.
 *
 * The loader does what `go list -deps` does (module mode, GOPATH mode,
 * vendoring, build constraints), without running the go command.
 */
#ifndef GOESCAPE_LOAD_H
#define GOESCAPE_LOAD_H

/* What to load, and under which build context.  Zero means "as the go
 * command would decide from the environment": $GOROOT (else the GOROOT of
 * the go command on $PATH), $GOOS/$GOARCH (else the host), $CGO_ENABLED
 * (else the go command's default), -tags and -mod from $GOFLAGS. */
typedef struct LoadConfig {
	const char *goroot;
	const char *goos, *goarch;
	int cgo;             /* 0: default, 1: CGO_ENABLED=1, 2: CGO_ENABLED=0 */
	const char *tags;    /* -tags value: comma- or space-separated */
	const char *mod;     /* -mod value: "mod", "readonly" or "vendor" */
	bool keep_going;     /* -e: report errors in the listing, not on stderr */
	/* parse errors that are no syntax errors wait on their package
	 * (SrcPackage.parse_diags) to be printed with its type errors, as
	 * gc prints them (check_begin); otherwise they are printed at once */
	bool defer_parse_errors;
	/* .go files named are compiled as go tool compile compiles them,
	 * not as go build would: their imports of internal packages are
	 * allowed (gc's compiler does not check them) */
	bool compile_files;
	/* with compile_files, gc's -D and -I (when one is given): a
	 * relative import "./p" of the files named is the package
	 * localprefix/p (path.Join), whose
	 * sources the file DIR/localprefix/p.a of the first of incdirs
	 * that has one lists (written by goescape -m -o: load_write_sources) */
	const char *localprefix;
	const char **incdirs;
	int nincdirs;
	/* a package's trees go once its imports are read, and are parsed
	 * again when it is checked (load_parse_again): otherwise every
	 * package of the run holds its trees from the start (std: 75 MB) */
	bool parse_late;
	/* a package whose files all have a plain header (SrcFileData.plain)
	 * takes its imports from the headers, as go/build does, and is
	 * parsed only when it is checked (load_parse_again: its parse
	 * errors are reported then); its trees are never all held at once,
	 * and are parsed once.  Other packages as without it. */
	bool parse_at_check;
	/* gc's -+: .go files named on the command line are compiled as the
	 * runtime (SrcPackage.runtime) */
	bool compiling_runtime;
	/* gc's and go build's -race, -msan or -asan: "race", "msan",
	 * "asan" or NULL (GOFLAGS may set one for go build) */
	const char *instrument;
	/* with cgo enabled, run the toolchain's cgo on the cgo files of
	 * every package, as go build does, and give the checker its output
	 * in their place (SrcPackage.cgodir; src/cgo.c); when it cannot
	 * run, the packages keep their cgo files and one sentence on stderr
	 * says which and why */
	bool run_cgo;
} LoadConfig;

/* A module: a main module, a dependency from the module cache, a
 * directory replacement, or a vendored module. */
typedef struct Module {
	const char *path;
	const char *version;    /* "" for main modules and directory replacements */
	const char *dir;        /* where its files are (vendored: under vendor/) */
	const char *goversion;  /* its go.mod's go directive ("1.17"), or "" */
	const char *prefix;     /* import path prefix of its packages: path, but
	                         * "" for the std module in GOROOT/src */
	bool main;
} Module;

/* An error attached to a package, as the go command records it: the
 * chain of imports that led there, the source position of the import (or
 * ""), and the message. */
typedef struct LoadError {
	const char **stack;
	int nstack;
	const char *pos;        /* "a/a.go:5:2", or "" */
	const char *msg;
	bool cycle;             /* "import cycle not allowed" */
	bool always_stack;      /* print the chain even with a position */
	bool early;             /* an import's error met while the package was
	                         * still loading (an import cycle): go list's
	                         * copy of it has no dependencies */
} LoadError;

typedef struct SrcPackage SrcPackage;

/* One import of a package: the path as written in the source, the path it
 * resolves to (a vendored path, for instance) and the package; pkg is
 * NULL for "C". */
typedef struct PkgImport {
	const char *path;       /* as written */
	const char *resolved;
	SrcPackage *pkg;
	Pos pos;                /* first import of this path in the package */
	LoadError *error;       /* this import is not allowed (internal, a program, ...) */
} PkgImport;

struct SrcPackage {
	const char *path;       /* import path ("command-line-arguments" for .go files) */
	const char *dir;        /* absolute directory */
	const char *name;       /* package name, "" if unknown */
	bool goroot;            /* its directory is in GOROOT/src */
	bool standard;          /* a standard-library package (gc's -std) */
	bool runtime;           /* compiled with gc's -+ (runtime and friends) */
	int lower_l;            /* a local import compiled with gc's -l=N,
	                         * N > 1 (load_write_sources records it) */
	bool unsafe;            /* "unsafe": listed, never parsed (the checker provides it) */
	bool cmdline;           /* named by .go files on the command line */
	bool broken;            /* syntax errors: do not analyse */
	bool parse_errors;      /* the parser reported errors (syntax, or
				 * labels and branches, which leave the tree
				 * whole): gc stops once it has type-checked */
	/* parse errors that are no syntax errors (gc type-checks such a
	 * package): printed with its type errors (check_begin) */
	struct DiagSet *parse_diags;
	Module *module;         /* NULL for std, GOPATH mode and outside modules */
	const char *lang;       /* gc's -lang ("go1.17"), or NULL for the default */
	const char *gcpath;     /* gc's -p: "main" for main packages, else path */

	/* File lists, base names, as go list prints them. */
	const char **gofiles;   int ngofiles;
	const char **cgofiles;  int ncgofiles;
	const char **sfiles;    int nsfiles;      /* SFiles (assembly) */
	const char **ignored;   int nignored;     /* IgnoredGoFiles */
	int ntestfiles;         /* TestGoFiles + XTestGoFiles (not loaded) */

	/* The parsed files: the GoFiles, then (with cgo enabled) the CgoFiles,
	 * in that order; fileids index the file table.  With
	 * LoadConfig.run_cgo, the CgoFiles are replaced by cgo's output, as
	 * gc is given it: _cgo_gotypes.go, then each X.cgo1.go. */
	Node **files;           int nfiles;
	uint32_t *fileids;
	bool parse_pending;     /* LoadConfig.parse_late: files are NULL
	                         * until load_parse_again */
	bool parse_deferred;    /* LoadConfig.parse_at_check: not parsed yet
	                         * (parse_pending too) */

	/* Imports in go list's order (sorted by the path as written); then
	 * the imports the go command adds (cgo's unsafe, runtime/cgo and
	 * syscall; runtime for main packages), which count for Deps but are
	 * not listed in Imports. */
	PkgImport *imports;     int nimports;
	int nlisted;            /* the first nlisted are go list's Imports */
	SrcPackage **deps;         int ndeps;        /* Deps: sorted by path */

	LoadError *error;       /* go list's Error, or NULL */
	bool incomplete;        /* go list's Incomplete: it or an import has an error */
	int index;              /* position in Program.pkgs */
	Arena arena;            /* the nodes of its files */

	void *internal;         /* the loader's own state */
	const char *cgodir;     /* LoadConfig.run_cgo: the directory of cgo's
	                         * output for it (in the cache), or NULL */
};

/* The result of a load: every package once, dependencies before the
 * packages that import them (go list -deps order; load_print also lists
 * the copies go list makes of packages imported against the rules), and
 * the packages the patterns named, in command-line order.  All of it
 * lives until the end of the run. */
typedef struct Program {
	SrcPackage **pkgs;   int npkgs;
	SrcPackage **roots;  int nroots;
	int nerrors;            /* loading errors reported (see load_format_error) */
	int nsyntax;            /* syntax errors reported, gc-style */
	/* the build context in effect */
	const char *goroot, *goos, *goarch;
	bool cgo;
	bool softfloat;         /* gc's Arch.SoftFloat (GOARM=5, GO386=softfloat,
	                         * GOMIPS(64)=softfloat) */
	const char *instrument; /* "race", "msan", "asan" (also a build tag),
	                         * or NULL */
	bool modules;           /* module mode */
	const char *modroot;    /* main module's directory, or NULL */
} Program;

/* Load the packages the patterns name and all their dependencies.
 * Patterns: import paths, path/... patterns, "std", "cmd", "./...",
 * "dir/...", directories, or a list of .go files (cmd/go's rules, relative
 * to the working directory, where go.mod or go.work is looked for).
 * Errors are printed on stderr, one line each ("goescape: ..."), and
 * counted in nerrors (with keep_going they are only recorded on the
 * packages); syntax errors are printed gc-style as each package is
 * parsed, counted in nsyntax, and mark their package broken.  A broken
 * environment (no GOROOT, a bad go.mod, inconsistent vendoring) is fatal
 * (util_die: one line, exit status 2). */
Program *load_packages(const LoadConfig *cfg, char **patterns, int npatterns);

/* The package an import of `path` (as written, "golang.org/x/net/..." in
 * std) in `from` refers to; NULL for "C" or a path `from` does not
 * import.  A package that failed to load comes with its error set. */
SrcPackage *load_import(const SrcPackage *from, const char *path);

/* Print the packages the way `goescape list` does: roots only, or with
 * deps every package in dependency order.  text: the canonical form the
 * test suite compares (tests/tools/golist prints the same from go list
 * -json); json: go list's JSON field names. */
enum { LIST_DEPS = 1, LIST_JSON = 2 };
void load_print(FILE *out, const Program *prog, int flags);

/* The error as the go command words it, on one line: its "\n\t"
 * separators (before "imports", before a position) become spaces. */
void load_format_error(const LoadError *e, char *buf, size_t n);

/* With LoadConfig.parse_late, parse p's files again (their syntax
 * errors were reported when first parsed), before it is checked; with
 * parse_at_check, parse them for the first time, reporting their errors
 * as loading would have (syntax errors at once on err, others kept for
 * the checker in parse_diags).  The number of errors reported, or kept.
 * Packages may be parsed on several threads at once (goescape -m -j:
 * the diagnostics are the thread's own, err a buffer of the package's). */
int load_parse_again(SrcPackage *p, FILE *err);

/* goescape -m -o FILE: the stand-in for gc's archive that the -I search
 * above finds: a header line, then the absolute paths of the package's
 * source files, one per line.  False (errno set) if it cannot be
 * written. */
bool load_write_sources(const char *file, char **srcs, int nsrcs, int lower_l);

/* cgo.c: running the toolchain's cgo as the go command does, its
 * output cached.  The command is tool -objdir DIR/ -importpath
 * importpath flags -- cppflags -I DIR/ cflags files, run in dir with the
 * environment plus env ("K=V", over the same names). */
typedef struct CgoRun {
	const char *tool;           /* GOROOT/pkg/tool/HOST/cgo */
	const char *version_file;   /* GOROOT/VERSION (part of the key), or NULL */
	const char *cache;          /* cgo_cache_root */
	const char *dir;            /* the package directory */
	const char *importpath;
	const char **flags;     int nflags;
	const char **cppflags;  int ncppflags;
	const char **cflags;    int ncflags;
	const char **files;     int nfiles;     /* absolute */
	const char **env;       int nenv;
	const char **extra;     int nextra;     /* more inputs for the key (headers) */
} CgoRun;

/* The directory holding cgo's output for r (made if need be), or NULL
 * with *why saying, in a few words, what went wrong. */
const char *cgo_generate(Arena *a, const CgoRun *r, const char **why);
const char *cgo_cache_root(Arena *a);
const char *cgo_tool_path(Arena *a, const char *goroot);

#endif
