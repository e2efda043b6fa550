/*
Package gin implements a HTTP web framework called gin.

See https://gin-gonic.com/ for more information about gin.
*/
package gin // import "github.com/gin-gonic/gin"
