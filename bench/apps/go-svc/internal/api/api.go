// Package api is the HTTP API: orders, health and metrics.
package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"

	"example.com/bench/go-svc/internal/metrics"
	"example.com/bench/go-svc/internal/store"
)

type API struct {
	engine *gin.Engine
}

func New(st store.Store, reg *metrics.Registry, log *zap.Logger) *API {
	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	e.Use(gin.Recovery(), func(c *gin.Context) {
		t := time.Now()
		c.Next()
		route := c.FullPath()
		reg.Requests.WithLabelValues(route, strconv.Itoa(c.Writer.Status())).Inc()
		reg.Latency.WithLabelValues(route).Observe(time.Since(t).Seconds())
		log.Debug("request", zap.String("route", route), zap.Int("status", c.Writer.Status()))
	})
	e.GET("/healthz", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })
	e.GET("/metrics", gin.WrapH(promhttp.HandlerFor(reg.Registry, promhttp.HandlerOpts{})))
	e.GET("/orders", func(c *gin.Context) {
		list, err := st.List(c)
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusOK, list)
	})
	e.POST("/orders", func(c *gin.Context) {
		var o store.Order
		if err := c.ShouldBindJSON(&o); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		saved, err := st.Add(c, o)
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusCreated, saved)
	})
	return &API{engine: e}
}

func (a *API) Run(addr string) error { return a.engine.Run(addr) }
