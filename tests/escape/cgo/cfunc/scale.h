/* a header of the package: part of the cache key */
#define SCALE 3
