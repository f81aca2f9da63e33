class StorageError(Exception):
    pass

def save(record):
    try:
        record["id"]
    except KeyError as e:
        raise StorageError("record has no id") from e

print("saving")
save({"name": "x"})
