// Package store keeps orders in PostgreSQL (pgx) or, without a database URL, in memory.
package store

import (
	"context"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v4/pgxpool"
)

type Order struct {
	ID      string    `json:"id"`
	Item    string    `json:"item" binding:"required"`
	Amount  float64   `json:"amount" binding:"gte=0"`
	Created time.Time `json:"created"`
}

type Store interface {
	Add(ctx context.Context, o Order) (Order, error)
	List(ctx context.Context) ([]Order, error)
}

func Open(ctx context.Context, url string) (Store, error) {
	if url == "" {
		return &memory{}, nil
	}
	pool, err := pgxpool.Connect(ctx, url)
	if err != nil {
		return nil, err
	}
	return &postgres{pool: pool}, nil
}

type memory struct {
	mu     sync.Mutex
	orders []Order
}

func (m *memory) Add(_ context.Context, o Order) (Order, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	o.ID, o.Created = uuid.NewString(), time.Now().UTC()
	m.orders = append(m.orders, o)
	return o, nil
}

func (m *memory) List(context.Context) ([]Order, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]Order(nil), m.orders...), nil
}

type postgres struct{ pool *pgxpool.Pool }

func (p *postgres) Add(ctx context.Context, o Order) (Order, error) {
	o.ID, o.Created = uuid.NewString(), time.Now().UTC()
	_, err := p.pool.Exec(ctx, "insert into orders (id, item, amount, created) values ($1, $2, $3, $4)",
		o.ID, o.Item, o.Amount, o.Created)
	return o, err
}

func (p *postgres) List(ctx context.Context) ([]Order, error) {
	rows, err := p.pool.Query(ctx, "select id, item, amount, created from orders order by created")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Item, &o.Amount, &o.Created); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}
