/*
 * cgo.c — a package's cgo files as gc sees them.
 *
 * With cgo enabled the go command never hands gc a file that imports
 * "C": it first runs the toolchain's cgo on those files, which writes
 * for each X.go an X.cgo1.go (the file with every C.name replaced by a
 * Go name and //line directives back to X.go) and one _cgo_gotypes.go
 * (the C types as Go types, a wrapper _Cfunc_f for each C function, the
 * runtime helpers), and gc compiles the package's plain Go files, then
 * _cgo_gotypes.go, then the X.cgo1.go in order (then _cgo_import.go,
 * which holds only linker directives and is left out here).  cgo needs
 * the C compiler to learn the C types; goescape runs it exactly as the
 * go command does (load.c assembles the command line) and keeps its Go
 * output in a cache directory, keyed by everything the output depends
 * on, so that a package's cgo runs once.
 *
 * The cache: $GOESCAPE_CACHE, else $XDG_CACHE_HOME/goescape, else
 * $HOME/.cache/goescape; one directory cgo/KEY per package build, made
 * under a temporary name and renamed into place once cgo succeeded
 * (the rename makes it visible whole; a concurrent run that lost the
 * race uses the winner's).  Only the .go files are kept.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include "goescape.h"
#include "load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static char *afmt(Arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* ------------------------------------------------------------------ */
/* The cache key: two 64-bit FNV-1a hashes with different offsets      */
/* ------------------------------------------------------------------ */

typedef struct Key {
	uint64_t a, b;
} Key;

static void key_bytes(Key *k, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++) {
		k->a = (k->a ^ s[i]) * 0x100000001b3ULL;
		k->b = (k->b ^ s[i]) * 0x100000001b3ULL;
		k->b ^= k->b >> 29;
	}
}

/* A string, with its length first so that no two lists run together. */
static void key_str(Key *k, const char *s)
{
	size_t n = s ? strlen(s) : (size_t)-1;
	key_bytes(k, &n, sizeof n);
	if (s)
		key_bytes(k, s, n);
}

/* A file's contents (or its absence). */
static void key_file(Key *k, const char *path)
{
	size_t size;
	char *data = util_read_file(path, &size);
	key_str(k, path);
	if (!data) {
		key_str(k, NULL);
		return;
	}
	key_bytes(k, &size, sizeof size);
	key_bytes(k, data, size);
	free(data);
}

/* ------------------------------------------------------------------ */
/* Where things are                                                    */
/* ------------------------------------------------------------------ */

const char *cgo_cache_root(Arena *a)
{
	const char *v = getenv("GOESCAPE_CACHE");
	if (v && *v && v[0] != '/') {
		/* cgo runs in the package directory: the path must not be relative */
		char cwd[4096];
		if (!getcwd(cwd, sizeof cwd))
			return NULL;
		return afmt(a, "%s/%s", cwd, v);
	}
	if (v && *v)
		return v;
	v = getenv("XDG_CACHE_HOME");
	if (v && *v && v[0] == '/')
		return afmt(a, "%s/goescape", v);
	v = getenv("HOME");
	if (v && *v)
		return afmt(a, "%s/.cache/goescape", v);
	return NULL;
}

/* The go command's host directory name for its tools (GOHOSTOS_GOHOSTARCH). */
const char *cgo_tool_path(Arena *a, const char *goroot)
{
	struct utsname u;
	const char *os = "linux", *arch = NULL;
	if (uname(&u) == 0) {
		if (strcmp(u.sysname, "Darwin") == 0)
			os = "darwin";
		else if (strcmp(u.sysname, "FreeBSD") == 0)
			os = "freebsd";
		static const char *const machines[][2] = {
			{"x86_64", "amd64"}, {"amd64", "amd64"}, {"aarch64", "arm64"}, {"arm64", "arm64"},
			{"i386", "386"}, {"i686", "386"}, {"ppc64le", "ppc64le"}, {"ppc64", "ppc64"},
			{"s390x", "s390x"}, {"riscv64", "riscv64"}, {"mips64", "mips64"}, {"loongarch64", "loong64"},
		};
		for (size_t i = 0; i < sizeof machines / sizeof machines[0]; i++)
			if (strcmp(u.machine, machines[i][0]) == 0)
				arch = machines[i][1];
		if (!arch && strncmp(u.machine, "arm", 3) == 0)
			arch = "arm";
	}
	if (!arch)
		arch = "amd64";
	return afmt(a, "%s/pkg/tool/%s_%s/cgo", goroot, os, arch);
}

static bool mkdir_all(const char *path)
{
	char buf[4096];
	size_t n = strlen(path);
	if (n >= sizeof buf)
		return false;
	memcpy(buf, path, n + 1);
	for (size_t i = 1; i <= n; i++) {
		if (buf[i] != '/' && buf[i] != 0)
			continue;
		char c = buf[i];
		buf[i] = 0;
		if (mkdir(buf, 0777) != 0 && errno != EEXIST)
			return false;
		buf[i] = c;
	}
	return true;
}

/* Remove dir and what it holds (one level: cgo writes no subdirectories). */
static void remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		char path[4096];
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			unlink(path);
		}
		closedir(d);
	}
	rmdir(dir);
}

/* Keep only the .go files of dir. */
static void keep_go_files(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	char path[4096];
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		if (e->d_name[0] == '.' || (n > 3 && strcmp(e->d_name + n - 3, ".go") == 0))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		unlink(path);
	}
	closedir(d);
}

/* The first line of a file (what went wrong), or NULL. */
static const char *first_line(Arena *a, const char *path)
{
	size_t size;
	char *data = util_read_file(path, &size);
	if (!data)
		return NULL;
	size_t n = 0;
	while (n < size && data[n] != '\n')
		n++;
	const char *s = n ? arena_strndup(a, data, n) : NULL;
	free(data);
	return s;
}

/* ------------------------------------------------------------------ */
/* Running cgo                                                         */
/* ------------------------------------------------------------------ */

/* Run argv in dir with envp, its output into outfile; the exit status,
 * or -1 when it could not be started. */
static int run_tool(const char *dir, char **argv, char **envp, const char *outfile)
{
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int fd = open(outfile, O_WRONLY | O_CREAT | O_TRUNC, 0666);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
			close(fd);
		}
		int nul = open("/dev/null", O_RDONLY);
		if (nul >= 0) {
			dup2(nul, 0);
			close(nul);
		}
		/* only async-signal-safe calls here */
		static const char nodir[] = "cannot enter the package directory\n";
		static const char noexec[] = "cannot execute the cgo tool\n";
		if (chdir(dir) != 0) {
			ssize_t w = write(2, nodir, sizeof nodir - 1);
			(void)w;
			_exit(126);
		}
		execve(argv[0], argv, envp);
		ssize_t w = write(2, noexec, sizeof noexec - 1);
		(void)w;
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

static bool env_overridden(const CgoRun *r, const char *kv)
{
	const char *eq = strchr(kv, '=');
	size_t n = eq ? (size_t)(eq - kv) : strlen(kv);
	for (int i = 0; i < r->nenv; i++)
		if (strncmp(r->env[i], kv, n) == 0 && r->env[i][n] == '=')
			return true;
	return false;
}

const char *cgo_generate(Arena *a, const CgoRun *r, const char **why)
{
	*why = NULL;
	if (access(r->tool, X_OK) != 0) {
		*why = afmt(a, "no cgo tool at %s", r->tool);
		return NULL;
	}
	const char *root = r->cache;
	if (!root) {
		*why = "no cache directory (set GOESCAPE_CACHE or HOME)";
		return NULL;
	}

	/* the key: the tool (and so the go version), the command line, the
	 * environment the tool sees that matters, the inputs */
	Key k = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL};
	struct stat st;
	key_str(&k, "goescape-cgo-1");
	key_str(&k, r->tool);
	if (stat(r->tool, &st) == 0) {
		key_bytes(&k, &st.st_size, sizeof st.st_size);
		key_bytes(&k, &st.st_mtime, sizeof st.st_mtime);
	}
	key_file(&k, r->version_file);
	key_str(&k, r->dir);
	key_str(&k, r->importpath);
	for (int i = 0; i < r->nflags; i++)
		key_str(&k, r->flags[i]);
	key_str(&k, "--");
	for (int i = 0; i < r->ncppflags; i++)
		key_str(&k, r->cppflags[i]);
	key_str(&k, "--");
	for (int i = 0; i < r->ncflags; i++)
		key_str(&k, r->cflags[i]);
	key_str(&k, "--");
	for (int i = 0; i < r->nenv; i++)
		key_str(&k, r->env[i]);
	key_str(&k, "--");
	static const char *const keyenv[] = {"CC", "PATH", "PKG_CONFIG_PATH", "CPATH", "C_INCLUDE_PATH", NULL};
	for (int i = 0; keyenv[i]; i++)
		key_str(&k, getenv(keyenv[i]));
	for (int i = 0; i < r->nfiles; i++)
		key_file(&k, r->files[i]);
	for (int i = 0; i < r->nextra; i++)
		key_file(&k, r->extra[i]);

	const char *dir = afmt(a, "%s/cgo/%016llx%016llx", root, (unsigned long long)k.a, (unsigned long long)k.b);
	if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return dir;
	const char *parent = afmt(a, "%s/cgo", root);
	if (!mkdir_all(parent)) {
		*why = afmt(a, "cannot create %s: %s", parent, strerror(errno));
		return NULL;
	}
	char *tmp = afmt(a, "%s.tmpXXXXXX", dir);
	if (!mkdtemp(tmp)) {
		*why = afmt(a, "cannot create %s: %s", tmp, strerror(errno));
		return NULL;
	}
	const char *objdir = afmt(a, "%s/", tmp);
	/* the log lives beside the directory, not in it */
	const char *log = afmt(a, "%s.log", tmp);

	/* cgo -objdir DIR/ -importpath P FLAGS -- CPPFLAGS -I DIR/ CFLAGS FILES */
	int argc = 0, cap = 10 + r->nflags + r->ncppflags + r->ncflags + r->nfiles;
	char **argv = arena_alloc(a, (size_t)cap * sizeof *argv);
	argv[argc++] = (char *)r->tool;
	argv[argc++] = "-objdir";
	argv[argc++] = (char *)objdir;
	argv[argc++] = "-importpath";
	argv[argc++] = (char *)r->importpath;
	for (int i = 0; i < r->nflags; i++)
		argv[argc++] = (char *)r->flags[i];
	argv[argc++] = "--";
	for (int i = 0; i < r->ncppflags; i++)
		argv[argc++] = (char *)r->cppflags[i];
	/* the go command's "-I objdir" goes between the two */
	argv[argc++] = "-I";
	argv[argc++] = (char *)objdir;
	for (int i = 0; i < r->ncflags; i++)
		argv[argc++] = (char *)r->cflags[i];
	for (int i = 0; i < r->nfiles; i++)
		argv[argc++] = (char *)r->files[i];
	argv[argc] = NULL;

	/* the environment: ours, with the go command's settings over it */
	int n = 0;
	while (environ[n])
		n++;
	char **envp = arena_alloc(a, (size_t)(n + r->nenv + 1) * sizeof *envp);
	int m = 0;
	for (int i = 0; i < n; i++)
		if (!env_overridden(r, environ[i]))
			envp[m++] = environ[i];
	for (int i = 0; i < r->nenv; i++)
		envp[m++] = (char *)r->env[i];
	envp[m] = NULL;

	int status = run_tool(r->dir, argv, envp, log);
	if (status != 0) {
		const char *line = first_line(a, log);
		if (line && strncmp(line, "cgo: ", 5) == 0)
			*why = line;
		else
			*why = line ? afmt(a, "cgo failed: %s", line) : afmt(a, "cgo failed (exit status %d)", status);
		remove_dir(tmp);
		unlink(log);
		return NULL;
	}
	unlink(log);
	keep_go_files(tmp);
	if (rename(tmp, dir) != 0) {
		/* another run got there first: its output is the same */
		remove_dir(tmp);
		if (!(stat(dir, &st) == 0 && S_ISDIR(st.st_mode))) {
			*why = afmt(a, "cannot create %s: %s", dir, strerror(errno));
			return NULL;
		}
	}
	return dir;
}
