/* A Node-API addon in C: the example's reason to need a compiler in the build stage. */
#include <node_api.h>

static napi_value Greeting(napi_env env, napi_callback_info info) {
  napi_value result;
  napi_create_string_utf8(env, "Hello from a compiled addon", NAPI_AUTO_LENGTH, &result);
  return result;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "greeting", NAPI_AUTO_LENGTH, Greeting, NULL, &fn);
  napi_set_named_property(env, exports, "greeting", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
