import { Popconfirm } from 'antd';

interface ConfirmDeleteProps {
  title: React.ReactNode;
  description?: React.ReactNode;
  onConfirm: () => unknown;
  /** Told when the question opens and closes: a description that needs data loads it then. */
  onOpenChange?: (open: boolean) => void;
  /** "Xoá" waits: the description is still being worked out. */
  waiting?: boolean;
  children: React.ReactElement;
}

/** Every delete asks first, the same way: "Xoá" in red, or "Không". */
export function ConfirmDelete({ title, description, onConfirm, onOpenChange, waiting, children }: ConfirmDeleteProps) {
  return (
    <Popconfirm
      title={title}
      description={description}
      okText="Xoá"
      cancelText="Không"
      okButtonProps={{ danger: true, disabled: waiting }}
      onConfirm={onConfirm}
      onOpenChange={onOpenChange}
    >
      {children}
    </Popconfirm>
  );
}
