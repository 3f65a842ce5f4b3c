"""Reading a layer of the planning GeoPackage for the database export in a second thread (a producer-consumer
pipeline with a bounded queue): the features are read and their polygons' validity tested (GEOS, through GDAL,
which releases Python's lock) while the export writes the previous ones, so the second core does the reading
and the validity test, a third of the 4000² export."""
import queue
import threading

#: features handed over at a time (one queue operation per batch, not per feature)
BATCH = 256


def prefetched(layer, validate):
    """Yield ``(feature, valid)`` for the features of ``layer`` in their order, read in a second thread;
    ``valid`` is ``Geometry.IsValid()`` of the feature's geometry (True without one) when ``validate``, else
    None. GEOS's notes on invalid rings are silenced as the export does. An error of the reader is raised
    here; leaving the loop early stops the reader."""
    from osgeo import gdal

    q = queue.Queue(maxsize=8)
    stop = threading.Event()

    def put(item):
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def run():
        if validate:
            gdal.PushErrorHandler("CPLQuietErrorHandler")   # the handler stack is the thread's own
        try:
            batch = []
            for feat in layer:
                if stop.is_set():
                    return
                valid = None
                if validate:
                    g = feat.GetGeometryRef()
                    valid = g is None or g.IsValid()
                batch.append((feat, valid))
                if len(batch) == BATCH:
                    put(batch)
                    batch = []
            put(batch)
            put(None)
        except BaseException as exc:   # handed to the consumer, raised there
            put(exc)
        finally:
            if validate:
                gdal.PopErrorHandler()

    reader = threading.Thread(target=run, name="eco-restore-database-reader", daemon=True)
    reader.start()
    try:
        while True:
            item = q.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield from item
    finally:
        stop.set()
        reader.join()
