// Debian's libxml2 is built with ICU. Its headers then pull in ICU's, and a Swift module that
// also imports Foundation (which carries its own ICU) fails a clean build with "'UErrorCode' has
// different definitions in different modules". We use none of libxml2's ICU API, so turn it off
// before the headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
