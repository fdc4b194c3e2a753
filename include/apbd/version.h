#ifndef APBD_VERSION_H
#define APBD_VERSION_H

/* The generator's version: recorded in every publication, and checked by
 * `apbd verify`, so it changes whenever output could change. */
#define APBD_VERSION "0.1.0"

#endif
