/* jsoncheck.h: read back a big JSON file without holding it whole. */
#ifndef APBD_JSONCHECK_H
#define APBD_JSONCHECK_H

#include <json-c/json.h>

/*
 * Parses the JSON file at path with json-c, one array element or object
 * member at a time down to a small depth, so a month's million lines never
 * sit in memory together. The top-level member named keep (an object, or
 * NULL for none) is returned whole in *kept, for the caller to check and
 * json_object_put(). Returns 0 when the whole file is one valid JSON
 * object, -1 otherwise (or when it cannot be read).
 */
int apbd_json_check_file(const char *path, const char *keep, json_object **kept);

#endif
