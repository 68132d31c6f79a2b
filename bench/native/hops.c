/*
 * The bench's native limits: the least a broker hop can do, in C against
 * libzmq, so that the JavaScript brokers and limits are measured against
 * what the machine itself allows rather than against another JavaScript
 * program. Built by the bench (bench/native.ts) with Debian's libzmq3-dev.
 *
 *   hops forwarder FRONTEND BACKEND   zero-logic ROUTER<->ROUTER: each client
 *       message goes to the next worker in turn as [worker][client][frames],
 *       each worker message back as [client][frames]; a worker registers by
 *       sending one frame "HELLO". Pipelines every request into the workers.
 *   hops one-in-flight ENDPOINT       one ROUTER for clients and 7/MDP
 *       workers, one request per worker at a time (what MDP-48 allows a
 *       broker): idle workers and waiting requests in two FIFOs, frames read
 *       by position and never validated, no heartbeats, one service.
 *
 * Each prints "bound <endpoint>..." once bound and exits 0 on SIGTERM.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#define MAX_PARTS 72

static volatile sig_atomic_t stopping = 0;
static void on_term(int sig) { (void)sig; stopping = 1; }

/* One multipart message, its frames as zmq_msg_t (moved, never copied). */
typedef struct {
  int n;
  zmq_msg_t part[MAX_PARTS];
} message;

static void die(const char *what) {
  if (stopping) exit(0);
  fprintf(stderr, "hops: %s: %s\n", what, zmq_strerror(zmq_errno()));
  exit(1);
}

/* Receives a whole message; 0 on success, -1 when interrupted to stop. */
static int receive(void *socket, message *m) {
  m->n = 0;
  for (int more = 1; more;) {
    if (m->n == MAX_PARTS) die("message with too many frames");
    zmq_msg_t *p = &m->part[m->n];
    zmq_msg_init(p);
    if (zmq_msg_recv(p, socket, 0) < 0) {
      if (zmq_errno() == EINTR && stopping) return -1;
      die("receive");
    }
    m->n++;
    more = zmq_msg_more(p);
  }
  return 0;
}

static void send_part(void *socket, zmq_msg_t *p, int more) {
  while (zmq_msg_send(p, socket, more ? ZMQ_SNDMORE : 0) < 0)
    if (zmq_errno() != EINTR || stopping) die("send");
}

/* Sends frames [from, n) of m, after `prefix` frames taken from elsewhere. */
static void send_from(void *socket, zmq_msg_t **prefix, int np, message *m,
                      int from) {
  for (int i = 0; i < np; i++) send_part(socket, prefix[i], 1);
  for (int i = from; i < m->n; i++) send_part(socket, &m->part[i], i + 1 < m->n);
}

static void close_all(message *m, int from) {
  for (int i = from; i < m->n; i++) zmq_msg_close(&m->part[i]);
}

static void *bound(void *ctx, const char *endpoint) {
  void *s = zmq_socket(ctx, ZMQ_ROUTER);
  int zero = 0;
  zmq_setsockopt(s, ZMQ_LINGER, &zero, sizeof zero);
  if (zmq_bind(s, endpoint) != 0) die("bind");
  return s;
}

static void print_endpoint(void *s) {
  char at[256];
  size_t size = sizeof at;
  zmq_getsockopt(s, ZMQ_LAST_ENDPOINT, at, &size);
  printf(" %s", at);
}

/* A FIFO of routing ids or whole messages, grown on demand. */
typedef struct {
  void **items;
  int head, count, size;
} fifo;

static void push(fifo *q, void *item) {
  if (q->count == q->size) {
    int size = q->size ? q->size * 2 : 64;
    void **items = malloc(sizeof *items * size);
    for (int i = 0; i < q->count; i++) items[i] = q->items[(q->head + i) % q->size];
    free(q->items);
    q->items = items, q->head = 0, q->size = size;
  }
  q->items[(q->head + q->count++) % q->size] = item;
}

static void *shift(fifo *q) {
  if (q->count == 0) return NULL;
  void *item = q->items[q->head];
  q->head = (q->head + 1) % q->size, q->count--;
  return item;
}

static int forwarder(void *ctx, const char *front_at, const char *back_at) {
  void *front = bound(ctx, front_at), *back = bound(ctx, back_at);
  printf("bound"), print_endpoint(front), print_endpoint(back), printf("\n");
  fflush(stdout);
  zmq_msg_t workers[1024];
  int nworkers = 0, next = 0;
  fifo early = {0};
  message m;
  zmq_pollitem_t items[] = {{front, 0, ZMQ_POLLIN, 0}, {back, 0, ZMQ_POLLIN, 0}};
  while (!stopping) {
    if (zmq_poll(items, 2, -1) < 0) {
      if (zmq_errno() == EINTR) continue;
      die("poll");
    }
    if (items[1].revents & ZMQ_POLLIN) {
      if (receive(back, &m) < 0) break;
      if (m.n == 2 && zmq_msg_size(&m.part[1]) == 5 &&
          memcmp(zmq_msg_data(&m.part[1]), "HELLO", 5) == 0) {
        if (nworkers == 1024) die("too many workers");
        zmq_msg_init(&workers[nworkers]);
        zmq_msg_move(&workers[nworkers++], &m.part[0]);
        close_all(&m, 0);
        for (message *e; (e = shift(&early));) {
          zmq_msg_t id, *prefix = &id;
          zmq_msg_init(&id);
          zmq_msg_copy(&id, &workers[nworkers - 1]);
          send_from(back, &prefix, 1, e, 0);
          free(e);
        }
      } else {
        zmq_msg_close(&m.part[0]);
        send_from(front, NULL, 0, &m, 1);
      }
    }
    if (items[0].revents & ZMQ_POLLIN) {
      if (nworkers == 0) {
        message *e = malloc(sizeof *e);
        if (receive(front, e) < 0) break;
        push(&early, e);
        continue;
      }
      if (receive(front, &m) < 0) break;
      next = (next + 1) % nworkers;
      zmq_msg_t id, *prefix = &id;
      zmq_msg_init(&id);
      zmq_msg_copy(&id, &workers[next]);
      send_from(back, &prefix, 1, &m, 0);
    }
  }
  return 0;
}

/* 7/MDP command bytes and frames, as bench/mdp-frames.ts has them. */
enum { READY = 1, REQUEST = 2, REPLY = 3, DISCONNECT = 5 };

static zmq_msg_t *frame(const void *data, size_t size) {
  zmq_msg_t *p = malloc(sizeof *p);
  zmq_msg_init_size(p, size);
  memcpy(zmq_msg_data(p), data, size);
  return p;
}

/* Sends a constant frame: copies the reference, keeps the original. */
static zmq_msg_t *dup(zmq_msg_t *p, zmq_msg_t *into) {
  zmq_msg_init(into);
  zmq_msg_copy(into, p);
  return into;
}

/* REQUEST to `worker` (an id frame it owns): the client message's client id and body. */
static void to_worker(void *s, zmq_msg_t *worker, message *c, zmq_msg_t **k) {
  zmq_msg_t e, h, cmd, d;
  zmq_msg_t *prefix[] = {worker, dup(k[0], &e), dup(k[1], &h), dup(k[2], &cmd),
                         &c->part[0], dup(k[0], &d)};
  /* c: [client][""][MDPC01][service][body...] -> body from frame 4. */
  zmq_msg_close(&c->part[1]), zmq_msg_close(&c->part[2]), zmq_msg_close(&c->part[3]);
  send_from(s, prefix, 6, c, 4);
}

static int one_in_flight(void *ctx, const char *at) {
  void *s = bound(ctx, at);
  printf("bound"), print_endpoint(s), printf("\n");
  fflush(stdout);
  zmq_msg_t *k[] = {frame("", 0), frame("MDPW01", 6), frame("\x02", 1),
                    frame("MDPC01", 6)};
  zmq_msg_t service;
  zmq_msg_init(&service);
  fifo idle = {0}, waiting = {0};
  message m;
  while (!stopping) {
    message *in = malloc(sizeof *in);
    if (receive(s, in) < 0) break;
    /* [sender][""][MDPC01 or MDPW01]...: byte 3 of the header (C or W) tells them apart. */
    if (in->n < 4 || zmq_msg_size(&in->part[2]) != 6 ||
        ((char *)zmq_msg_data(&in->part[2]))[3] != 'W') {
      zmq_msg_t *worker = shift(&idle);
      if (!worker) {
        push(&waiting, in);
        continue;
      }
      to_worker(s, worker, in, k);
      free(worker), free(in);
      continue;
    }
    m = *in;
    free(in);
    int command = ((unsigned char *)zmq_msg_data(&m.part[3]))[0];
    if (command == REPLY || command == READY) {
      if (command == READY) {
        zmq_msg_close(&service);
        zmq_msg_init(&service);
        zmq_msg_copy(&service, &m.part[4]);
      }
      /* The worker is free: it takes the oldest waiting request, or waits. */
      zmq_msg_t *worker = malloc(sizeof *worker);
      zmq_msg_init(worker);
      zmq_msg_move(worker, &m.part[0]);
      message *next = shift(&waiting);
      if (next) {
        to_worker(s, worker, next, k);
        free(worker), free(next);
      } else
        push(&idle, worker);
      if (command == READY) {
        close_all(&m, 0);
        continue;
      }
      /* [worker][""][MDPW01][REPLY][client][""][body...] -> [client][""][MDPC01][service][body...] */
      zmq_msg_t e, h, sv;
      zmq_msg_t *prefix[] = {&m.part[4], dup(k[0], &e), dup(k[3], &h), dup(&service, &sv)};
      zmq_msg_close(&m.part[1]), zmq_msg_close(&m.part[2]), zmq_msg_close(&m.part[3]);
      zmq_msg_close(&m.part[5]);
      send_from(s, prefix, 4, &m, 6);
    } else {
      /* DISCONNECT is ignored: the bench's workers leave only at the end. */
      close_all(&m, 0);
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  struct sigaction sa = {0};
  sa.sa_handler = on_term; /* no SA_RESTART: a blocked receive returns EINTR */
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  void *ctx = zmq_ctx_new();
  if (argc == 4 && strcmp(argv[1], "forwarder") == 0)
    return forwarder(ctx, argv[2], argv[3]);
  if (argc == 3 && strcmp(argv[1], "one-in-flight") == 0)
    return one_in_flight(ctx, argv[2]);
  fprintf(stderr, "usage: hops forwarder FRONTEND BACKEND | hops one-in-flight ENDPOINT\n");
  return 2;
}
