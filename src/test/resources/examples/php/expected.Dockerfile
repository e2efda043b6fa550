# Generated from a Nixpacks build plan (providers: php)
FROM debian:bookworm-slim AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends php8.2-fpm php8.2-cli php8.2-mbstring php8.2-xml php8.2-curl php8.2-zip php8.2-mysql php8.2-pgsql php8.2-sqlite3 nginx && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /assets && echo 'd29ya2VyX3Byb2Nlc3NlcyBhdXRvOwpkYWVtb24gb2ZmOwpwaWQgL3RtcC9uZ2lueC5waWQ7CmVycm9yX2xvZyAvZGV2L3N0ZGVycjsKZXZlbnRzIHsKICAgIHdvcmtlcl9jb25uZWN0aW9ucyAxMDI0Owp9Cmh0dHAgewogICAgaW5jbHVkZSAvZXRjL25naW54L21pbWUudHlwZXM7CiAgICBkZWZhdWx0X3R5cGUgYXBwbGljYXRpb24vb2N0ZXQtc3RyZWFtOwogICAgYWNjZXNzX2xvZyAvZGV2L3N0ZG91dDsKICAgIHNlbmRmaWxlIG9uOwogICAgc2VydmVyIHsKICAgICAgICBsaXN0ZW4gJHtQT1JUfTsKICAgICAgICBsaXN0ZW4gWzo6XToke1BPUlR9OwogICAgICAgIHJvb3QgL2FwcDsKICAgICAgICBpbmRleCBpbmRleC5waHAgaW5kZXguaHRtbDsKICAgICAgICBjaGFyc2V0IHV0Zi04OwogICAgICAgIGFkZF9oZWFkZXIgWC1GcmFtZS1PcHRpb25zICJTQU1FT1JJR0lOIjsKICAgICAgICBhZGRfaGVhZGVyIFgtQ29udGVudC1UeXBlLU9wdGlvbnMgIm5vc25pZmYiOwogICAgICAgIGxvY2F0aW9uIC8gewogICAgICAgICAgICB0cnlfZmlsZXMgJHVyaSAkdXJpLyA9NDA0OwogICAgICAgIH0KCiAgICAgICAgbG9jYXRpb24gfiBcLnBocCQgewogICAgICAgICAgICBpbmNsdWRlIC9ldGMvbmdpbngvZmFzdGNnaV9wYXJhbXM7CiAgICAgICAgICAgIGZhc3RjZ2lfcGFyYW0gU0NSSVBUX0ZJTEVOQU1FICRyZWFscGF0aF9yb290JGZhc3RjZ2lfc2NyaXB0X25hbWU7CiAgICAgICAgICAgIGZhc3RjZ2lfcGFzcyAxMjcuMC4wLjE6OTAwMDsKICAgICAgICB9CiAgICAgICAgbG9jYXRpb24gfiAvXC4oPyF3ZWxsLWtub3duKS4qIHsKICAgICAgICAgICAgZGVueSBhbGw7CiAgICAgICAgfQogICAgfQp9Cg==' | base64 -d > /assets/nginx.conf
RUN mkdir -p /assets && echo 'W2dsb2JhbF0KZXJyb3JfbG9nID0gL3Byb2Mvc2VsZi9mZC8yCmRhZW1vbml6ZSA9IG5vCgpbd3d3XQpsaXN0ZW4gPSAxMjcuMC4wLjE6OTAwMAp1c2VyID0gd3d3LWRhdGEKZ3JvdXAgPSB3d3ctZGF0YQpwbSA9IGR5bmFtaWMKcG0ubWF4X2NoaWxkcmVuID0gMjAKcG0uc3RhcnRfc2VydmVycyA9IDQKcG0ubWluX3NwYXJlX3NlcnZlcnMgPSAyCnBtLm1heF9zcGFyZV9zZXJ2ZXJzID0gOApjbGVhcl9lbnYgPSBubwpjYXRjaF93b3JrZXJzX291dHB1dCA9IHllcwo=' | base64 -d > /assets/php-fpm.conf
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends composer git unzip && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG PORT="80"
ENV PORT="${PORT}"

# setup phase

# install phase
COPY composer.json /app/composer.json
RUN mkdir -p /var/log/nginx && mkdir -p /var/cache/nginx
RUN composer install --ignore-platform-reqs

# after the last phase
COPY . /app/.

# run stage
FROM debian:bookworm-slim
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends php8.2-fpm php8.2-cli php8.2-mbstring php8.2-xml php8.2-curl php8.2-zip php8.2-mysql php8.2-pgsql php8.2-sqlite3 nginx && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /assets && echo 'd29ya2VyX3Byb2Nlc3NlcyBhdXRvOwpkYWVtb24gb2ZmOwpwaWQgL3RtcC9uZ2lueC5waWQ7CmVycm9yX2xvZyAvZGV2L3N0ZGVycjsKZXZlbnRzIHsKICAgIHdvcmtlcl9jb25uZWN0aW9ucyAxMDI0Owp9Cmh0dHAgewogICAgaW5jbHVkZSAvZXRjL25naW54L21pbWUudHlwZXM7CiAgICBkZWZhdWx0X3R5cGUgYXBwbGljYXRpb24vb2N0ZXQtc3RyZWFtOwogICAgYWNjZXNzX2xvZyAvZGV2L3N0ZG91dDsKICAgIHNlbmRmaWxlIG9uOwogICAgc2VydmVyIHsKICAgICAgICBsaXN0ZW4gJHtQT1JUfTsKICAgICAgICBsaXN0ZW4gWzo6XToke1BPUlR9OwogICAgICAgIHJvb3QgL2FwcDsKICAgICAgICBpbmRleCBpbmRleC5waHAgaW5kZXguaHRtbDsKICAgICAgICBjaGFyc2V0IHV0Zi04OwogICAgICAgIGFkZF9oZWFkZXIgWC1GcmFtZS1PcHRpb25zICJTQU1FT1JJR0lOIjsKICAgICAgICBhZGRfaGVhZGVyIFgtQ29udGVudC1UeXBlLU9wdGlvbnMgIm5vc25pZmYiOwogICAgICAgIGxvY2F0aW9uIC8gewogICAgICAgICAgICB0cnlfZmlsZXMgJHVyaSAkdXJpLyA9NDA0OwogICAgICAgIH0KCiAgICAgICAgbG9jYXRpb24gfiBcLnBocCQgewogICAgICAgICAgICBpbmNsdWRlIC9ldGMvbmdpbngvZmFzdGNnaV9wYXJhbXM7CiAgICAgICAgICAgIGZhc3RjZ2lfcGFyYW0gU0NSSVBUX0ZJTEVOQU1FICRyZWFscGF0aF9yb290JGZhc3RjZ2lfc2NyaXB0X25hbWU7CiAgICAgICAgICAgIGZhc3RjZ2lfcGFzcyAxMjcuMC4wLjE6OTAwMDsKICAgICAgICB9CiAgICAgICAgbG9jYXRpb24gfiAvXC4oPyF3ZWxsLWtub3duKS4qIHsKICAgICAgICAgICAgZGVueSBhbGw7CiAgICAgICAgfQogICAgfQp9Cg==' | base64 -d > /assets/nginx.conf
RUN mkdir -p /assets && echo 'W2dsb2JhbF0KZXJyb3JfbG9nID0gL3Byb2Mvc2VsZi9mZC8yCmRhZW1vbml6ZSA9IG5vCgpbd3d3XQpsaXN0ZW4gPSAxMjcuMC4wLjE6OTAwMAp1c2VyID0gd3d3LWRhdGEKZ3JvdXAgPSB3d3ctZGF0YQpwbSA9IGR5bmFtaWMKcG0ubWF4X2NoaWxkcmVuID0gMjAKcG0uc3RhcnRfc2VydmVycyA9IDQKcG0ubWluX3NwYXJlX3NlcnZlcnMgPSAyCnBtLm1heF9zcGFyZV9zZXJ2ZXJzID0gOApjbGVhcl9lbnYgPSBubwpjYXRjaF93b3JrZXJzX291dHB1dCA9IHllcwo=' | base64 -d > /assets/php-fpm.conf
ARG PORT="80"
ENV PORT="${PORT}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "sed -e \"s/[$]{PORT}/${PORT:-80}/g\" /assets/nginx.conf > /tmp/nginx.conf && (php-fpm8.2 -y /assets/php-fpm.conf & nginx -c /tmp/nginx.conf)"]
