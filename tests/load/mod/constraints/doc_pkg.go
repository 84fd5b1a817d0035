// A file of package documentation is ignored.
package documentation
