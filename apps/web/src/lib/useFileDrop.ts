// Drag-and-drop of one file onto an element: handlers to spread on it, and whether a drag is over it.
import { type DragEvent, useState } from 'react';

export function useFileDrop<E extends HTMLElement>(onFile: (file: File) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent<E>) => {
      // Without preventDefault the browser opens the dropped file instead of handing it to us.
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent<E>) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (file) onFile(file);
    },
  };
  return { dragging, handlers };
}
