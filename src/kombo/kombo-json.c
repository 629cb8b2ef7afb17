/* kombo-json.c: lenient readers for Kombo's answers, where any member may be null or missing */
#define G_LOG_DOMAIN "kombo-json"

#include "config.h"

#include <math.h>

#include "kombo-json.h"

static JsonNode *
get_value_node (JsonObject *object,
                const char *member)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;
  node = json_object_get_member (object, member);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return node;
}

const char *
kombo_json_get_string (JsonObject *object,
                       const char *member)
{
  JsonNode *node = get_value_node (object, member);

  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  text = json_node_get_string (node);
  /* json-glib turns a lone surrogate such as \ud800 into bytes that are not UTF-8, which GTK
   * would refuse to show: the text is mended in the tree, once, where it is first read */
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      json_node_set_string (node, valid);
      text = json_node_get_string (node);
    }
  return text;
}

char *
kombo_json_dup_string (JsonObject *object,
                       const char *member)
{
  return g_strdup (kombo_json_get_string (object, member));
}

double
kombo_json_get_double (JsonObject *object,
                       const char *member,
                       double      fallback)
{
  JsonNode *node = get_value_node (object, member);
  GType     type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_DOUBLE || type == G_TYPE_INT64)
    return json_node_get_double (node);
  return fallback;
}

/**
 * kombo_double_to_int64:
 *
 * Returns: @value as an integer, clamped to the range of one (a cast of 1e300 is undefined
 *   behaviour, and gives nonsense); @fallback when it is no number (infinite values clamp)
 */
gint64
kombo_double_to_int64 (double value,
                       gint64 fallback)
{
  if (isnan (value))
    return fallback;
  /* 2^63 exactly: the first double beyond the range */
  if (value >= 9223372036854775808.0)
    return G_MAXINT64;
  if (value < -9223372036854775808.0)
    return G_MININT64;
  return (gint64) value;
}

gint64
kombo_json_get_int (JsonObject *object,
                    const char *member,
                    gint64      fallback)
{
  JsonNode *node = get_value_node (object, member);
  GType     type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    return json_node_get_int (node);
  if (type == G_TYPE_DOUBLE)
    return kombo_double_to_int64 (json_node_get_double (node), fallback);
  return fallback;
}

gboolean
kombo_json_get_boolean (JsonObject *object,
                        const char *member,
                        gboolean    fallback)
{
  JsonNode *node = get_value_node (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

JsonObject *
kombo_json_get_object (JsonObject *object,
                       const char *member)
{
  JsonNode *node = get_value_node (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
kombo_json_get_array (JsonObject *object,
                      const char *member)
{
  JsonNode *node = get_value_node (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Strings, and booleans or numbers written as text, of an array; anything else is skipped */
char **
kombo_json_dup_strv (JsonObject *object,
                     const char *member)
{
  JsonArray *array = kombo_json_get_array (object, member);
  g_autoptr (GStrvBuilder) builder = NULL;

  if (array == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      GType     type;

      if (!JSON_NODE_HOLDS_VALUE (node))
        continue;
      type = json_node_get_value_type (node);
      if (type == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (node));
      else if (type == G_TYPE_BOOLEAN)
        g_strv_builder_add (builder, json_node_get_boolean (node) ? "true" : "false");
      else if (type == G_TYPE_INT64)
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
          g_strv_builder_add (builder, text);
        }
    }

  return g_strv_builder_end (builder);
}

/* Adds @object, when there is one, as @member of the object being built */
void
kombo_json_builder_add_object (JsonBuilder *builder,
                               const char  *member,
                               JsonObject  *object)
{
  JsonNode *node;

  if (object == NULL)
    return;

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, object);
  json_builder_set_member_name (builder, member);
  json_builder_add_value (builder, node);
}
