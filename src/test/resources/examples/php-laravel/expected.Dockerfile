# Generated from a Nixpacks build plan (providers: php)
# note: install copies the whole app first (no dependency-first layer): the install also runs the Node install.
FROM debian:bookworm-slim AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends php8.2-fpm php8.2-cli php8.2-mbstring php8.2-xml php8.2-curl php8.2-zip php8.2-mysql php8.2-pgsql php8.2-sqlite3 nginx && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /assets && echo 'd29ya2VyX3Byb2Nlc3NlcyBhdXRvOwpkYWVtb24gb2ZmOwpwaWQgL3RtcC9uZ2lueC5waWQ7CmVycm9yX2xvZyAvZGV2L3N0ZGVycjsKZXZlbnRzIHsKICAgIHdvcmtlcl9jb25uZWN0aW9ucyAxMDI0Owp9Cmh0dHAgewogICAgaW5jbHVkZSAvZXRjL25naW54L21pbWUudHlwZXM7CiAgICBkZWZhdWx0X3R5cGUgYXBwbGljYXRpb24vb2N0ZXQtc3RyZWFtOwogICAgYWNjZXNzX2xvZyAvZGV2L3N0ZG91dDsKICAgIHNlbmRmaWxlIG9uOwogICAgc2VydmVyIHsKICAgICAgICBsaXN0ZW4gJHtQT1JUfTsKICAgICAgICBsaXN0ZW4gWzo6XToke1BPUlR9OwogICAgICAgIHJvb3QgL2FwcC9wdWJsaWM7CiAgICAgICAgaW5kZXggaW5kZXgucGhwIGluZGV4Lmh0bWw7CiAgICAgICAgY2hhcnNldCB1dGYtODsKICAgICAgICBhZGRfaGVhZGVyIFgtRnJhbWUtT3B0aW9ucyAiU0FNRU9SSUdJTiI7CiAgICAgICAgYWRkX2hlYWRlciBYLUNvbnRlbnQtVHlwZS1PcHRpb25zICJub3NuaWZmIjsKICAgICAgICBsb2NhdGlvbiAvIHsKICAgICAgICAgICAgdHJ5X2ZpbGVzICR1cmkgJHVyaS8gL2luZGV4LnBocD8kcXVlcnlfc3RyaW5nOwogICAgICAgIH0KICAgICAgICBlcnJvcl9wYWdlIDQwNCAvaW5kZXgucGhwOwogICAgICAgIGxvY2F0aW9uIH4gXC5waHAkIHsKICAgICAgICAgICAgaW5jbHVkZSAvZXRjL25naW54L2Zhc3RjZ2lfcGFyYW1zOwogICAgICAgICAgICBmYXN0Y2dpX3BhcmFtIFNDUklQVF9GSUxFTkFNRSAkcmVhbHBhdGhfcm9vdCRmYXN0Y2dpX3NjcmlwdF9uYW1lOwogICAgICAgICAgICBmYXN0Y2dpX3Bhc3MgMTI3LjAuMC4xOjkwMDA7CiAgICAgICAgfQogICAgICAgIGxvY2F0aW9uIH4gL1wuKD8hd2VsbC1rbm93bikuKiB7CiAgICAgICAgICAgIGRlbnkgYWxsOwogICAgICAgIH0KICAgIH0KfQo=' | base64 -d > /assets/nginx.conf
RUN mkdir -p /assets && echo 'W2dsb2JhbF0KZXJyb3JfbG9nID0gL3Byb2Mvc2VsZi9mZC8yCmRhZW1vbml6ZSA9IG5vCgpbd3d3XQpsaXN0ZW4gPSAxMjcuMC4wLjE6OTAwMAp1c2VyID0gd3d3LWRhdGEKZ3JvdXAgPSB3d3ctZGF0YQpwbSA9IGR5bmFtaWMKcG0ubWF4X2NoaWxkcmVuID0gMjAKcG0uc3RhcnRfc2VydmVycyA9IDQKcG0ubWluX3NwYXJlX3NlcnZlcnMgPSAyCnBtLm1heF9zcGFyZV9zZXJ2ZXJzID0gOApjbGVhcl9lbnYgPSBubwpjYXRjaF93b3JrZXJzX291dHB1dCA9IHllcwo=' | base64 -d > /assets/php-fpm.conf
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends composer git unzip nodejs npm && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG PORT="80"
ARG IS_LARAVEL="yes"
ARG NIXPACKS_PHP_ROOT_DIR="/app/public"
ENV PORT="${PORT}" IS_LARAVEL="${IS_LARAVEL}" NIXPACKS_PHP_ROOT_DIR="${NIXPACKS_PHP_ROOT_DIR}"

# setup phase

# install phase
COPY . /app/.
RUN mkdir -p /var/log/nginx && mkdir -p /var/cache/nginx
RUN composer install --ignore-platform-reqs
RUN npm i

# build phase
RUN npm run build

# after the last phase

# run stage
FROM debian:bookworm-slim
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends php8.2-fpm php8.2-cli php8.2-mbstring php8.2-xml php8.2-curl php8.2-zip php8.2-mysql php8.2-pgsql php8.2-sqlite3 nginx && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /assets && echo 'd29ya2VyX3Byb2Nlc3NlcyBhdXRvOwpkYWVtb24gb2ZmOwpwaWQgL3RtcC9uZ2lueC5waWQ7CmVycm9yX2xvZyAvZGV2L3N0ZGVycjsKZXZlbnRzIHsKICAgIHdvcmtlcl9jb25uZWN0aW9ucyAxMDI0Owp9Cmh0dHAgewogICAgaW5jbHVkZSAvZXRjL25naW54L21pbWUudHlwZXM7CiAgICBkZWZhdWx0X3R5cGUgYXBwbGljYXRpb24vb2N0ZXQtc3RyZWFtOwogICAgYWNjZXNzX2xvZyAvZGV2L3N0ZG91dDsKICAgIHNlbmRmaWxlIG9uOwogICAgc2VydmVyIHsKICAgICAgICBsaXN0ZW4gJHtQT1JUfTsKICAgICAgICBsaXN0ZW4gWzo6XToke1BPUlR9OwogICAgICAgIHJvb3QgL2FwcC9wdWJsaWM7CiAgICAgICAgaW5kZXggaW5kZXgucGhwIGluZGV4Lmh0bWw7CiAgICAgICAgY2hhcnNldCB1dGYtODsKICAgICAgICBhZGRfaGVhZGVyIFgtRnJhbWUtT3B0aW9ucyAiU0FNRU9SSUdJTiI7CiAgICAgICAgYWRkX2hlYWRlciBYLUNvbnRlbnQtVHlwZS1PcHRpb25zICJub3NuaWZmIjsKICAgICAgICBsb2NhdGlvbiAvIHsKICAgICAgICAgICAgdHJ5X2ZpbGVzICR1cmkgJHVyaS8gL2luZGV4LnBocD8kcXVlcnlfc3RyaW5nOwogICAgICAgIH0KICAgICAgICBlcnJvcl9wYWdlIDQwNCAvaW5kZXgucGhwOwogICAgICAgIGxvY2F0aW9uIH4gXC5waHAkIHsKICAgICAgICAgICAgaW5jbHVkZSAvZXRjL25naW54L2Zhc3RjZ2lfcGFyYW1zOwogICAgICAgICAgICBmYXN0Y2dpX3BhcmFtIFNDUklQVF9GSUxFTkFNRSAkcmVhbHBhdGhfcm9vdCRmYXN0Y2dpX3NjcmlwdF9uYW1lOwogICAgICAgICAgICBmYXN0Y2dpX3Bhc3MgMTI3LjAuMC4xOjkwMDA7CiAgICAgICAgfQogICAgICAgIGxvY2F0aW9uIH4gL1wuKD8hd2VsbC1rbm93bikuKiB7CiAgICAgICAgICAgIGRlbnkgYWxsOwogICAgICAgIH0KICAgIH0KfQo=' | base64 -d > /assets/nginx.conf
RUN mkdir -p /assets && echo 'W2dsb2JhbF0KZXJyb3JfbG9nID0gL3Byb2Mvc2VsZi9mZC8yCmRhZW1vbml6ZSA9IG5vCgpbd3d3XQpsaXN0ZW4gPSAxMjcuMC4wLjE6OTAwMAp1c2VyID0gd3d3LWRhdGEKZ3JvdXAgPSB3d3ctZGF0YQpwbSA9IGR5bmFtaWMKcG0ubWF4X2NoaWxkcmVuID0gMjAKcG0uc3RhcnRfc2VydmVycyA9IDQKcG0ubWluX3NwYXJlX3NlcnZlcnMgPSAyCnBtLm1heF9zcGFyZV9zZXJ2ZXJzID0gOApjbGVhcl9lbnYgPSBubwpjYXRjaF93b3JrZXJzX291dHB1dCA9IHllcwo=' | base64 -d > /assets/php-fpm.conf
ARG PORT="80"
ARG IS_LARAVEL="yes"
ARG NIXPACKS_PHP_ROOT_DIR="/app/public"
ENV PORT="${PORT}" IS_LARAVEL="${IS_LARAVEL}" NIXPACKS_PHP_ROOT_DIR="${NIXPACKS_PHP_ROOT_DIR}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "sed -e \"s/[$]{PORT}/${PORT:-80}/g\" /assets/nginx.conf > /tmp/nginx.conf && (php-fpm8.2 -y /assets/php-fpm.conf & nginx -c /tmp/nginx.conf)"]
